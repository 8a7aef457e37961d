"""``dialogan bench render`` and ``dialogan bench serve-load`` measure and print their figures.

Both run in a subprocess, as a user runs them: ``render`` pins its process to one core, and
``serve-load`` starts its own server."""
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from dialogan.cli import main

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _dialogan(*argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=SRC, OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "dialogan.cli", *argv], capture_output=True, text=True, env=env,
                          timeout=300)


def test_bench_render_times_every_size_and_judges_64_px_against_the_target():
    done = _dialogan("bench", "render", "--seconds", "0.02")
    assert done.returncode == 0, done.stderr
    rows = re.findall(r"^\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+$", done.stdout, re.M)
    assert [int(size) for size, _, _ in rows] == [32, 64, 128, 256]
    assert all(int(pil) > 0 and int(arr) > 0 for _, pil, arr in rows)
    assert re.search(r"^64x64: \d+ images/s on one core (meets|MISSES) the target of 1000/s$", done.stdout, re.M)


def test_bench_serve_load_runs_conversations_alone_and_together_without_errors():
    done = _dialogan("bench", "serve-load", "--conversations", "2", "--turns", "2")
    assert done.returncode == 0, done.stderr
    assert re.search(r"1 at a time: 4 turns in .* errors 0$", done.stdout, re.M)
    assert re.search(r"2 concurrent: 4 turns in .* client CPU [\d.]+ ms a turn; cores busy [\d.]+ of \d+; errors 0$",
                     done.stdout, re.M)
    assert re.search(r"1 beside storyboards: 2 turns in .* errors 0$", done.stdout, re.M)
    assert re.search(r"^throughput ratio, concurrent / one at a time: \d+\.\d\d; p95 concurrent / p50 one at a "
                     r"time: \d+\.\d\d$", done.stdout, re.M)
    assert re.search(r"showing 48 of 60 turns", done.stdout)
    assert re.search(r"2 concurrent, ms a turn: lm [\d.]+, generator [\d.]+, .* http -?[\d.]+; rows per batch", done.stdout)


def test_bench_serve_load_starts_a_server_of_several_processes_and_counts_all_their_cpu():
    done = _dialogan("bench", "serve-load", "--conversations", "2", "--turns", "2", "--workers", "2")
    assert done.returncode == 0, done.stderr
    together = re.search(r"2 concurrent: 4 turns in .* server CPU (\d+) ms a turn; .* errors 0$", done.stdout, re.M)
    assert together and int(together[1]) > 0
    assert "ms a turn: lm" not in done.stdout  # each process keeps its own totals: not shown


def test_bad_bench_arguments_name_the_option(capsys):
    assert main(["bench", "render", "--seconds", "0"]) == 2
    assert "--seconds must be positive" in capsys.readouterr().err
    assert main(["bench", "serve-load", "--turns", "0"]) == 2
    assert "--conversations and --turns must be at least 1" in capsys.readouterr().err
    assert main(["bench", "serve-load", "--workers", "0"]) == 2
    assert "--workers 0" in capsys.readouterr().err


def test_the_servers_cpu_time_is_read_from_proc_and_grows_as_it_computes():
    from dialogan.bench.serve_load import process_cpu_s
    before = process_cpu_s(os.getpid())
    end = time.process_time() + 0.2
    while time.process_time() < end:  # busy: CPU time, not waiting
        pass
    assert process_cpu_s(os.getpid()) - before >= 0.15
    assert process_cpu_s(2 ** 30) is None  # no such process: no figure, no error


def test_the_servers_cpu_time_counts_the_processes_under_it():
    import subprocess
    from dialogan.bench.serve_load import process_cpu_s
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ntime.sleep(5)"
    parent = subprocess.Popen([sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {busy!r}])"])
    try:
        deadline = time.time() + 20
        while (process_cpu_s(parent.pid) or 0) < 0.3 and time.time() < deadline:
            time.sleep(0.1)
        assert process_cpu_s(parent.pid) >= 0.3  # the child's busy 0.3 s, counted under its parent
    finally:
        parent.kill()
        parent.wait()
