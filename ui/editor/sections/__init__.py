"""The seven sections of the meeting editor, in the order a meeting is remembered."""
