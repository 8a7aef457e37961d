"""Shared fixtures: one tiny checkpoint, trained once per test session (seconds)."""
import pytest


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory):
    from dialogan.train import train

    out = tmp_path_factory.mktemp("tiny") / "model"
    train("tiny", out, overrides={"seed": 3})
    return out
