"""liuzhou-kg: a knowledge-graph builder for regional industry news.

>>> import kg
>>> callable(kg.build)
True
"""
from .config import Config
from .errors import KGError
from .load import load  # binds kg.load to the function, not the submodule
from .pipeline import build, write_exports

__all__ = ["build", "write_exports", "load", "Config", "KGError", "__version__"]
__version__ = "0.1.0"
