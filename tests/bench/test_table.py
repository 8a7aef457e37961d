"""The peers table: figures per system and the ratios dialogan / peer, on hand-made numbers."""
import pytest

from dialogan.bench import figures, format_ratio, peer_table

ROWS = {"dialogan": {"final_f1": 0.9, "turn_f1": 0.8, "rsim": 0.6, "state_match": 0.5, "p50_ms": 30.0,
                     "parameters": 3_000_000},
        "geneva": {"final_f1": 0.3, "turn_f1": 0.4, "rsim": 0.0, "state_match": None, "p50_ms": 10.0,
                   "parameters": 2_500_000}}


def test_ratios_are_dialogan_over_the_peer():
    table = peer_table(ROWS)
    ratio_row = next(line for line in table.splitlines() if line.startswith("| dialogan / geneva"))
    cells = [c.strip() for c in ratio_row.strip("|").split("|")][1:]
    assert cells == ["3.00x", "2.00x", "inf", "n/a", "3.00x", "1.20x"]


def test_rows_show_figures_and_mark_what_does_not_apply():
    lines = peer_table(ROWS).splitlines()
    geneva = next(line for line in lines if line.startswith("| geneva"))
    assert "| 0.300 | 0.400 | 0.000 | n/a | 10.0 | 2.50M |" in geneva
    assert len(lines) == 2 + 2 + 1  # header, rule, two systems, one ratio row


def test_format_ratio_edge_cases():
    assert format_ratio(0.0, 0.0) == "1.00x"
    assert format_ratio(1.0, 0.0) == "inf"
    assert format_ratio(None, 1.0) == "n/a"
    assert format_ratio(1.0, 4.0) == "0.25x"


def test_a_table_without_its_reference_is_refused():
    with pytest.raises(ValueError, match="reference system 'dialogan'"):
        peer_table({"geneva": ROWS["geneva"]})


def test_figures_come_from_an_evaluation_result():
    result = {"all_turns": {"f1": 0.7, "rsim": 0.5, "state_match": 0.4}, "final_turns": {"f1": 0.6},
              "latency": {"p50_ms": 12.0}}
    assert figures(result, 10, has_state=False) == {"final_f1": 0.6, "turn_f1": 0.7, "rsim": 0.5,
                                                    "state_match": None, "p50_ms": 12.0, "parameters": 10}
    assert figures(result, 10)["state_match"] == 0.4
