"""The team's private reflection on dialogic practice, and how often each element was present."""

from ui.practice.chart import PracticeChart
from ui.practice.form import PracticeReflectionForm

__all__ = ["PracticeChart", "PracticeReflectionForm"]
