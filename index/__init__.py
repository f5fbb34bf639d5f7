"""Embeddings (sentence-transformers) and similarity search (FAISS) over stored claims."""
