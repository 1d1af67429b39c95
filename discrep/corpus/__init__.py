"""Loading a corpus: files on disk to Article records, with a status for every file."""

from discrep.corpus.loader import LoadError, load

__all__ = ["LoadError", "load"]
