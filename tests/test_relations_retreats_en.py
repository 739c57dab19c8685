"""English forces coming home (lang/en/relations/triggers.txt, block n1) and withdrawals named by a noun whose
"of"-object is forces (relations/retreats_en.py); sentences written for these tests."""

from __future__ import annotations

from tests.relations_text import edges


def test_forces_returning_home_withdraw_without_a_recipient():
    assert edges("Belarusian sappers are returning home from Syria.") == {("RETREAT", "Belarus", None)}
    assert edges("Belarusian soldiers return from Syria every spring.") == {("RETREAT", "Belarus", None)}


def test_the_return_of_forces_is_theirs_not_the_welcomers():
    assert edges("Minsk celebrated the return of Iranian sappers from Syria.") == {("RETREAT", "Iran", None)}


def test_the_withdrawal_confirmed_by_the_other_side_is_the_forces_own():
    assert edges("Moscow confirmed the withdrawal of Ukrainian units from the border villages.") == {("RETREAT", "Ukraine", None)}


def test_a_return_without_forces_is_no_event():
    assert edges("Belarus supplies potash to China and gets grain in return.") == {("AID", "Belarus", "China")}
    assert edges("Belarus hopes for a return to growth and the return of Chinese investors.") == set()


def test_a_leader_returning_to_a_city_ends_a_trip_and_withdraws_nothing():
    assert edges("Lukashenko returned to Minsk after two days of talks.") == set()
    assert edges("Belarusian sappers returned to Russia in May.") == {("RETREAT", "Belarus", "Russland")}


def test_something_given_back_is_still_returned():
    assert edges("Belarus returned the bodies of 40 soldiers to Russia.") == {("RETREAT", "Belarus", "Russland")}


def test_forces_withdrawn_in_the_passive_are_their_countrys_withdrawal():
    assert edges("Belarusian units were withdrawn from the ferry crossing on Friday.") == {("RETREAT", "Belarus", None)}
    assert edges("Iranian troops were pulled back from the front after the winter.") == {("RETREAT", "Iran", None)}


def test_passive_releases_and_rescues_name_no_withdrawal():
    assert edges("Three Belarusian soldiers were released after a swap in May.") == set()
    assert edges("Two Iranian soldiers were pulled from the wreckage by medics.") == set()
    assert edges("The draft was withdrawn by the ministry in March.") == set()
