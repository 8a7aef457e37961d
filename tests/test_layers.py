"""The layer order of DESIGN.md, written as import-linter contracts in pyproject.toml, holds."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_in_pyproject_hold(capsys):
    from importlinter.cli import lint_imports

    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 broken" in out and "kept" in out


def test_the_contracts_name_every_package_of_ours():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    named = {name.strip() for layer in layers for name in layer.split("|")}
    ours = {f"dialogan.{p.stem if p.is_file() else p.name}" for p in (ROOT / "src" / "dialogan").iterdir()
            if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.stem != "__init__")}
    assert ours == named
