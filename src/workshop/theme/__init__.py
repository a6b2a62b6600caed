"""The default look: the template the compiler builds from, and the script that makes it."""

from pathlib import Path

DEFAULT_TEMPLATE = Path(__file__).with_name("default.pptx")
