"""The README stays true to the code: every rule of the registry is listed (in order), every
setting is in the configuration table (and no setting that is gone), and every `make` target and
`rag` command or flag it tells a reader to run exists. Reads files only: no index, no model."""

from __future__ import annotations

import re

import pytest

from rag.rules import RULES
from rag.settings import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text under a `## title` heading, up to the next `## ` heading."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def commands(markdown: str) -> list[str]:
    """What a reader is told to run: the lines of ```sh blocks (comments dropped) and inline code."""
    blocks = re.findall(r"^```sh\n(.*?)^```", markdown, re.MULTILINE | re.DOTALL)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    prose = re.sub(r"^```.*?^```", "", markdown, flags=re.MULTILINE | re.DOTALL)
    return [c for c in lines + re.findall(r"`([^`\n]+)`", prose) if c]


def make_targets_named(markdown: str) -> set[str]:
    """The targets of every `make ...` command ("HOST=x make serve", "make eval EVAL_SAMPLE=0.4")."""
    rx = re.compile(r"(?:^|[\s;&|(])make\s+(?:[A-Z_]+=\S*\s+)*([a-z][\w-]*)")
    return {m.group(1) for command in commands(markdown) for m in rx.finditer(command)}


def makefile_targets() -> set[str]:
    return set(re.findall(r"^([A-Za-z][\w-]*)\s*:(?!=)", MAKEFILE, re.MULTILINE))


# ---- rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [rule.name for rule in RULES])
def test_every_rule_of_the_registry_is_in_the_readme_in_backticks(name):
    assert f"`{name}`" in README, f"rule {name} is not in README.md; add it to the '## Rules' list"


def test_the_readme_rules_list_is_the_registry_in_order():
    listed = re.findall(r"^\d+\. `(\w+)`", section("Rules"), re.MULTILINE)
    assert listed == [rule.name for rule in RULES]


# ---- make targets ---------------------------------------------------------------------------


def test_the_make_target_reader_finds_targets_and_would_notice_a_missing_one():
    found = make_targets_named("Run `HOST=0.0.0.0 make serve`, then `make eval EVAL_SAMPLE=0.4` and `make nonesuch`.")
    assert found == {"serve", "eval", "nonesuch"}
    assert "nonesuch" not in makefile_targets()


def test_every_make_target_the_readme_mentions_exists():
    named = make_targets_named(README)
    assert {"serve", "test", "eval"} <= named  # the reader sees the README's commands at all
    missing = named - makefile_targets()
    assert not missing, f"README names make targets the Makefile lacks: {sorted(missing)}"


# ---- settings -------------------------------------------------------------------------------


def env_names() -> dict[str, str]:
    """Settings field -> the environment variable that sets it."""
    return {
        name: field.validation_alias if isinstance(field.validation_alias, str) else f"RAG_{name.upper()}"
        for name, field in Settings.model_fields.items()
    }


@pytest.mark.parametrize("field", list(Settings.model_fields))
def test_every_setting_is_in_the_configuration_table(field):
    env = env_names()[field]
    assert re.search(rf"^\| `{env}`", section("Configuration"), re.MULTILINE), f"{env} ({field}) is not a row of the README's configuration table"


def test_the_readme_names_no_setting_that_does_not_exist():
    unknown = set(re.findall(r"\bRAG_[A-Z0-9_]*[A-Z0-9]", README)) - set(env_names().values())
    assert not unknown, f"README names settings rag/settings.py does not have: {sorted(unknown)}"


# ---- rag commands ---------------------------------------------------------------------------


def test_every_rag_command_and_flag_the_readme_shows_exists():
    from rag.cli import cli

    def options(params) -> set[str]:
        return {opt for p in params for opt in [*p.opts, *getattr(p, "secondary_opts", [])] if opt.startswith("-")}

    problems, seen = [], set()
    for command in commands(README):
        if not command.startswith("rag "):
            continue
        tokens = [t.strip("[]") for t in command.split()[1:]]
        while tokens and tokens[0].startswith("-"):  # group options: `rag -v ask ...`
            if tokens[0] not in options(cli.params):
                problems.append(f"{command}: rag has no option {tokens[0]}")
            tokens.pop(0)
        if not tokens or tokens[0] == "...":
            continue
        name, rest = tokens[0], tokens[1:]
        sub = cli.commands.get(name)
        if sub is None:
            problems.append(f"{command}: no command `rag {name}`")
            continue
        seen.add(name)
        while rest and rest[0] in getattr(sub, "commands", {}):  # a group's subcommand: `rag feedback export --out F`
            sub, rest = sub.commands[rest[0]], rest[1:]
        for token in rest:
            flag = re.match(r"(--?[a-z][\w-]*)", token)
            if flag and flag.group(1) not in options(sub.params):
                problems.append(f"{command}: `rag {name}` has no option {flag.group(1)}")
    assert {"ingest", "ask", "eval", "rules", "serve"} <= seen
    assert not problems, "\n".join(problems)
