"""The claim desk: read articles, find claims and quotes with their speakers, track verdicts."""
