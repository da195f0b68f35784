"""Progress bars on the terminal (tqdm), without tqdm's monitor thread: assemble forks a
second process (assemble/_beside.py), which it only does while the run has one thread."""

from tqdm import tqdm

tqdm.monitor_interval = 0

__all__ = ["tqdm"]
