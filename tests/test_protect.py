"""Password protection: outputs encrypted as Office does, inputs opened with the case
password, wrong passwords and legacy files refused, the password never shown."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msoffcrypto.exceptions import InvalidKeyError

from pipeline.case import load_case
from pipeline.errors import IngestError
from pipeline.ingest import read_file
from pipeline.protect import decrypt_office, decrypt_output, encrypt_office, is_protected_package
from tests.builders import hostile
from tests.builders.cases import write_case_toml

PASSWORD = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1,
                   max_size=24)


@settings(max_examples=3, deadline=None)
@given(password=PASSWORD, other=PASSWORD)
def test_encrypted_output_opens_with_its_password_only(password: str, other: str) -> None:
    plain = hostile.good_xlsx()
    protected = encrypt_office(plain, password)
    assert is_protected_package(protected)
    assert decrypt_office(protected, password) == plain
    if other != password:
        with pytest.raises(IngestError, match="password other than"):
            decrypt_office(protected, other)


def test_wrong_password_message_never_holds_a_password(caplog) -> None:
    protected = encrypt_office(hostile.good_xlsx(), "Agency-Secret-99")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(IngestError) as refused:
        decrypt_office(protected, "Case-Password-42")
    shown = str(refused.value) + caplog.text
    assert "Agency-Secret-99" not in shown and "Case-Password-42" not in shown


def test_legacy_and_damaged_containers_refused_before_msoffcrypto(monkeypatch) -> None:
    def must_not_parse(*args, **kwargs):
        raise AssertionError("msoffcrypto was given a file that is not a protected package")

    monkeypatch.setattr("pipeline.protect.msoffcrypto.OfficeFile", must_not_parse)
    for data in (hostile.legacy_doc(), hostile.legacy_doc()[:700],
                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 3000):
        with pytest.raises(IngestError, match="97-2003"):
            decrypt_office(data, "x")


def test_damaged_protected_package_reported(monkeypatch) -> None:
    protected = bytearray(encrypt_office(hostile.good_xlsx(), "pw"))
    protected[-600:-300] = bytes(300)            # part of the encrypted package zeroed
    with pytest.raises(IngestError):
        decrypt_office(bytes(protected), "pw")


def test_decrypt_output_refuses_wrong_password() -> None:
    protected = encrypt_office(hostile.good_xlsx(), "right")
    with pytest.raises(InvalidKeyError):
        decrypt_output(protected, "wrong")




@pytest.mark.parametrize(("in_file", "in_environment", "protected_with"), [
    ({}, None, "REF-7"),                          # the reference, by default
    ({}, "From-Env-1", "From-Env-1"),             # else CASE_PASSWORD
    ({"password": "From-Toml-2"}, "From-Env-1", "From-Toml-2"),   # case.toml first
])
def test_protected_input_opened_with_the_case_password(tmp_path: Path, monkeypatch,
                                                       in_file, in_environment,
                                                       protected_with) -> None:
    if in_environment is None:
        monkeypatch.delenv("CASE_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("CASE_PASSWORD", in_environment)
    folder = write_case_toml(tmp_path / "case", reference="REF-7",
                             agencies=["Health Visiting Service"], **in_file)
    path = folder / "hv.xlsx"
    path.write_bytes(encrypt_office(hostile.good_xlsx(), protected_with))
    (ret,) = read_file(path, load_case(folder))
    assert ret.rows_read == len(hostile.GOOD_ENTRIES) and "protected" in ret.file_flags
    path.write_bytes(encrypt_office(hostile.good_xlsx(), protected_with + "x"))
    with pytest.raises(IngestError, match="password other than the case password"):
        read_file(path, load_case(folder))


def test_crafted_key_hashing_rounds_refused_before_hashing(monkeypatch) -> None:
    from msoffcrypto.method.ecma376_agile import ECMA376Agile

    monkeypatch.setattr("pipeline.protect.MAX_SPIN_COUNT", 20_000)
    plain = io.BytesIO(hostile.good_xlsx())
    protected = ECMA376Agile.encrypt("pw", plain, spin_count=20_001)
    with pytest.raises(IngestError, match="rounds of key hashing"):
        decrypt_office(protected, "pw")
    plain.seek(0)
    assert decrypt_office(ECMA376Agile.encrypt("pw", plain, spin_count=20_000), "pw")


def test_outputs_of_one_run_share_the_key_derivation_but_not_their_keys() -> None:
    """The password's 100,000-round derivation is done once a run; each file still has
    its own document key and IVs, opens with the password, and with nothing else."""
    plain = hostile.good_xlsx()
    first, second = encrypt_office(plain, "DEMO-2016-01"), encrypt_office(plain, "DEMO-2016-01")
    assert first != second
    for protected in (first, second):
        assert decrypt_output(protected, "DEMO-2016-01") == plain
        with pytest.raises(InvalidKeyError):
            decrypt_output(protected, "DEMO-2016-02")
    # a different password is derived afresh, not served from the cache
    assert decrypt_output(encrypt_office(plain, "other"), "other") == plain
