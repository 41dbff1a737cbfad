"""Stages that read PDFs: layout (text with positions, drawn rules), then structure."""
