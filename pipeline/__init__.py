"""Extraction pipeline for Japan's AI Strategy (AI戦略) PDFs."""
__version__ = "0.1.0"
