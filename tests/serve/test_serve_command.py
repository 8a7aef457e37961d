"""``dialogan serve``'s options: the hosts it answers to, how long it keeps conversations, its processes."""
import socket

from dialogan.cli import build_parser
from dialogan.serve.commands import allowed_hosts
from dialogan.serve.store import KEEP_DAYS


def test_a_server_answers_to_its_address_and_localhost_by_default():
    assert allowed_hosts("127.0.0.1", "") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("10.1.2.3", "") == {"localhost", "127.0.0.1", "::1", "10.1.2.3"}
    assert allowed_hosts("::1", "") == {"localhost", "127.0.0.1", "::1"}


def test_allowed_hosts_adds_names_and_star_allows_any():
    assert allowed_hosts("10.1.2.3", "Dialogan.Example.com, proxy") >= {"dialogan.example.com", "proxy", "10.1.2.3"}
    assert allowed_hosts("0.0.0.0", "*") is None


def test_a_wildcard_address_answers_to_this_machines_name_not_to_the_wildcard():
    names = allowed_hosts("0.0.0.0", "")
    assert "0.0.0.0" not in names and "localhost" in names
    assert socket.gethostname().lower() in names


def test_keep_days_default_is_in_the_help():
    serve = build_parser()._subparsers._group_actions[0].choices["serve"]
    text = serve.format_help()
    assert "--keep-days" in text and f"default: {KEEP_DAYS:g}" in text and "--allowed-hosts" in text
    assert serve.parse_args([]).keep_days == KEEP_DAYS


def test_workers_must_be_one_or_more_and_share_a_database(capsys):
    from dialogan.cli import main
    assert main(["serve", "--workers", "0"]) == 2
    assert "--workers 0 must be 1 or more" in capsys.readouterr().err
    assert main(["serve", "--workers", "2", "--db", ":memory:"]) == 2
    assert "needs a database the processes share" in capsys.readouterr().err
