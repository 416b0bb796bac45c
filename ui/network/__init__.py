"""The networks list and the network page: people, meetings, continuity."""
