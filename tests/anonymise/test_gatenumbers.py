"""The publication gate's numbers and codes (pipeline/anonymise/gatenumbers.py): what
identifies by its form, whatever the case key holds."""

from __future__ import annotations

import pytest

from tests.builders.gate_probe import suspect_texts


@pytest.mark.parametrize(("text", "expected"), [
    ("He was moved to Room 214 of the hotel.", ["Room 214"]),
    ("The strategy meeting was held in Meeting Room 2.", []),
    ("The family moved to a static caravan on Pitch 27 of the park.", ["Pitch 27"]),
    ("The boat was tied up at Berth 12, then at Mooring No. 3.", ["Berth 12", "Mooring No. 3"]),
    ("She was in Year 9 and in Set 3 for maths.", []),
])
def test_where_someone_sleeps_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He played online with KryptoFox77 most nights.", ["KryptoFox77"]),
    ("The coach's account GazCoachesU10s posted it.", ["GazCoachesU10s"]),
    ("Scores: GAD-7 of 12, PHQ-9 of 14; HV2 and KS2 noted.", []),
])
def test_a_username_without_its_at_sign_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The boat was moored at ///velvet.ladder.pebbles all winter.",
     ["velvet.ladder.pebbles"]),
    ("Its what3words address is velvet.ladder.pebbles.", ["velvet.ladder.pebbles"]),
    ("See www.gov.uk for the guidance, e.g. the leaflet.", ["www.gov.uk"]),
])
def test_a_what3words_address_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The driver's private hire badge PH/0412 was checked.", ["PH/0412"]),
    ("His licence number 0412 was on the dashboard.", ["0412"]),
    ("Section 47 enquiries began; S/47 was ticked and KS2 results were read.", []),
])
def test_a_licence_number_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The father served with 3rd Battalion The Cleveland Rifles at the garrison.",
     ["3rd Battalion The Cleveland Rifles"]),
    ("He was posted to 12 Regiment Royal Artillery, then to C Company.",
     ["12 Regiment Royal Artillery", "C Company"]),
    ("The Royal Logistic Corps and the Army Welfare Service were told; she joined the Army "
     "Cadets in Year 9.", []),
    ("He had served in 3 Commando Brigade and 16 Air Assault Brigade.", []),
])
def test_a_military_unit_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In Year 10 a TikTok account, dec.rb10, copied his photographs.", ["dec.rb10"]),
    ("Her Snapchat was private.", []),
])
def test_a_handle_after_a_platforms_name_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She was given Childline's number, 0800 1111, and the Samaritans' 116 123.", []),
    ("She rang 0800 1112 from the flat.", ["0800 1112"]),
])
def test_a_national_helplines_number_is_the_services(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She lived in Flat 4 above the shop; the log 17112024-0356 says so.",
     ["Flat 4", "17112024-0356"]),
    ("They drank at the Drovers Arms and stayed at the Kestrel Inn.",
     ["Drovers Arms", "Kestrel Inn"]),
    ("The cousin's wife (RF-M) visited at Diwali.", ["RF-M"]),
    ("They record that 'AS-J is confident' he has stopped.", ["AS-J"]),
    ("She has a flat of her own and works shifts at an inn; Year 9 in Set 3.", []),
])
def test_a_flat_a_log_number_a_pub_and_hyphenated_initials_are_suspects(lexicon, text,
                                                                        expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The county parish holding number 08/123/4567 was on the form.", ["08/123/4567"]),
    ("She was seen on 08/12/2023 and again on 8/1/24.", []),
])
def test_a_number_of_three_groups_that_is_no_date_is_a_reference(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The note was signed 'C.S.' and dated.", ["C.S."]),
    ("The note was signed “K.R.” and dated.", ["K.R."]),
])
def test_initials_in_quotes_are_initials(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PC 1187 attended with DC 4471 and PCSO 20331.", ["1187", "4471", "20331"]),
    ("Collar number 2291 was on the statement.", ["2291"]),
    # A rank with a name, or a time after it: no number of anyone's.
    ("PC Jones attended at 1200.", ["Jones"]),
])
def test_a_rank_then_a_number_is_the_officers_collar_number(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Payments from card 4417-2290-6631-0054 and 4417 2290 6631 0054.",
     ["4417-2290-6631-0054", "4417 2290 6631 0054"]),
    ("The school years 2019-2020 and 2021-2022 were looked at.", []),
])
def test_a_number_in_four_fours_is_a_card_or_account(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize("text, suspect", [
    ("Police attended the towpath at Bridge 141 after a call.", "Bridge 141"),
    ("The boat was moored below Lock 23 all winter.", "Lock 23"),
    ("A boater, Lem Ward of the Kestrel, said the family had moved.", "Lem Ward"),
    ("She said Mr Ward was not asked where the boat went.", "Ward"),
])
def test_where_a_boat_moors_and_a_boater_called_ward_are_suspects(lexicon, text, suspect):
    assert suspect in suspect_texts(text, lexicon)


@pytest.mark.parametrize(("text", "expected"), [
    ("A man was seen going into No. 27 late at night.", ["No. 27"]),
    ("Nobody knew how many people lived at number 47.", ["number 47"]),
    ("She gave an address of 'No. 14' at her mother's house.", ["No. 14"]),
    ("She gave “No 9” as her address.", ["No 9"]),
    ("See recommendation No. 3 and page number 12.", []),
    ("The plan made school attendance the 'No. 1 priority' for the family.", []),
])
def test_a_house_named_by_its_number_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He crewed on the boat registered PZ417 out of the harbour.", ["PZ417"]),
    ("The flat overlooked the A4260 roundabout.", ["A4260"]),
    ("Scores: GAD7 of 12, KS2 results, HV2 visit, COVID-19 rules, Y6 class.", []),
])
def test_letters_glued_to_three_or_four_digits_are_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Her husband called from +380 50 000 4471 each week.", ["+380 50 000 4471"]),
    ("The uncle's number was +92 300 1234567.", ["+92 300 1234567"]),
    ("The shop had 2+1 offers and +5 points on the card.", []),
])
def test_a_phone_number_abroad_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


def test_a_badge_number_without_the_word_number_is_a_suspect(lexicon):
    assert suspect_texts("He drove under private hire badge 4417 that year.", lexicon) == ["4417"]


@pytest.mark.parametrize(("text", "expected"), [
    ("She said 'Big Daddy T' had told her.", ["T"]),
    ("Uncle B collected them and Aunty J stayed.", ["B", "J"]),
])
def test_a_relation_or_nickname_with_one_capital_hides_an_initial(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


def test_a_house_number_in_brackets_after_the_street_is_a_suspect(lexicon):
    assert suspect_texts("A visit to the house (No. 27, rented) was made.", lexicon) == ["No. 27"]


def test_a_user_name_with_a_dot_and_numbers_is_a_suspect(lexicon):
    assert suspect_texts("His second account, lil.smokey99, posted it; see version 2.5.",
                    lexicon) == ["lil.smokey99"]


def test_a_firm_known_by_its_web_address_is_kept(lexicon):
    assert suspect_texts("The room was booked on Booking.com, not on hotelrooms.example.org.",
                    lexicon) == ["hotelrooms.example.org"]


@pytest.mark.parametrize("text", ["Follow NICE guideline NG225 and quality standard QS158.",
                                  "He drove a Mitsubishi L200 and used a Stihl TS410."])
def test_nice_guidance_and_a_makers_model_are_no_letter_code(lexicon, text):
    assert suspect_texts(text, lexicon) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The group met at Unit 3, Gorsewick Works, on Sundays.", ["Unit 3", "Gorsewick Works"]),
    ("Stock was kept in Units 4-6 Marlow Trading Estate.", ["Units 4-6", "Marlow Trading Estate"]),
    # A course's unit, a ward's unit: no address.
    ("Unit 3 of the parenting course covered attachment.", []),
    ("He was moved to the Mother and Baby Unit on 3 May.", []),
])
def test_a_units_number_before_its_works_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The family's yard at H54 Y2X9 was visited twice.", ["H54 Y2X9"]),
    ("Post went to D6W K2N4, then to T12K8AF.", ["D6W K2N4", "T12K8AF"]),
    ("The bus W12 THEY took and the A14 road were noted.", []),
])
def test_an_irish_eircode_is_a_suspect(lexicon, text, expected):
    assert suspect_texts(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Tia-Mae was born on 1 May 2014: in figures with day and month swapped, it is hers.
    ("A temporary record of 05/01/2014 was made.", ["05/01/2014"]),
    ("A temporary record of 5.1.2014 was made.", ["5.1.2014"]),
    ("The hospital gave his date of birth as 14/02/1999.", ["14/02/1999"]),
    ("His date of birth was 14/02/2015 on the form.", ["14/02/2015"]),
    # Another date, or the same in words, is a date.
    ("On 06/01/2015 she rang the school.", []),
    ("On 5 January 2015 she rang the school.", []),
])
def test_a_key_birth_date_swapped_or_given_as_a_date_of_birth_is_a_suspect(lexicon, text,
                                                                           expected):
    assert suspect_texts(text, lexicon) == expected
