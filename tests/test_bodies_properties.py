"""Properties of normalizers/bodies.py (pure functions): the issuer a row names is stable when read again, and an
addressee (…殿, …御中, 各位) never names the issuer, whatever the words before it."""
from hypothesis import given, settings, strategies as st

from normalizers.bodies import ADDRESSEE, as_issuer, names_body

# pieces of bodies' names, offices, persons' names, addressees and clauses, run together in any order
ROWS = st.lists(st.sampled_from(["北野", "市", "長", "山田", "太郎", "議会", "議員", "委員会", "課", "室", "殿", "御中", "一同",
                                 "構成員", "省", "大臣", "を", "（", "）", "　", "知事", "部", "花子", "各位"]),
                max_size=8).map("".join)


@settings(max_examples=2000, deadline=None)
@given(ROWS)
def test_the_issuer_a_row_names_is_stable(row):
    assert as_issuer(as_issuer(row)) == as_issuer(row)


@settings(max_examples=2000, deadline=None)
@given(ROWS)
def test_an_addressee_names_no_issuer(row):
    if ADDRESSEE.search(row.replace("　", "")):
        assert not names_body(row)
