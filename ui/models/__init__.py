"""Qt item models over the core's records; each returns its domain object under ``OBJECT_ROLE``."""

from ui.models.roles import OBJECT_ROLE

__all__ = ["OBJECT_ROLE"]
