"""Developer tools run by the Makefile (screenshots, icon rendering)."""
