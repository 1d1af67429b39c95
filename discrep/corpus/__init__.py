"""Loading a corpus: files on disk to Article records and a status for every file, at once or streamed."""

from discrep.corpus.loader import Loaded, LoadError, iter_load, load

__all__ = ["LoadError", "Loaded", "iter_load", "load"]
