"""``dialogan bench speed`` on the tiny checkpoint: every step of the ladder is measured."""
import pytest

from dialogan.bench.commands import speed_table
from dialogan.bench.speed import run_speed
from dialogan.pipeline.turn import bf16_pictures

pytestmark = pytest.mark.slow  # a benchmark run


@pytest.fixture(scope="module")
def report(tiny_checkpoint):
    return run_speed(str(tiny_checkpoint), n_turns=5, train_preset=None, threads=1, log=lambda s: None)


def test_the_ladder_runs_from_the_first_code_to_the_current(report):
    steps = [row["step"] for row in report["ladder"]]
    assert steps[0].startswith("library forward, no KV cache") and steps[-1].startswith("+ bf16 autocast")
    # The last step is the current code where the CPU computes bfloat16 natively; else it is not timed.
    timed = report["ladder"] if bf16_pictures() else report["ladder"][:-1]
    assert ("current" in steps[-1]) == bf16_pictures()
    for row in timed:
        assert row["turns"] == 5 and row["turn_p50_ms"] >= row["lm_p50_ms"] > 0
        assert row["turn_p95_ms"] >= row["turn_p50_ms"]


def test_generator_rates_and_the_ratio_to_the_matmul_rate(report):
    assert report["matmul_gflops"] > 0
    for row in report["ladder"]:
        assert row["images_per_s_b1"] > 0 and row["images_per_s_b64"] > 0 and row["gflop_per_image"] > 0
        assert row["ratio_to_matmul"] == pytest.approx(row["gflops_achieved"] / report["matmul_gflops"], abs=1e-3)


def test_the_table_has_a_row_per_step(report):
    table = speed_table(report)
    assert len(table.strip().splitlines()) == 2 + len(report["ladder"])
    assert ("| + bf16 autocast in the generator (current) |" in table) == bf16_pictures()
