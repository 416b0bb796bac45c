"""Dialogs for opening a vault: welcome, create, recovery key, unlock, damaged vault."""
