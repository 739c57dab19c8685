from __future__ import annotations

import json

import pytest

from lagebild.errors import LagebildError
from lagebild.io.decode import read_text
from lagebild.io.readers import ReadError, parse_fields, read_paths


def read_all(*paths, fields=None):
    items = list(read_paths(paths, parse_fields(fields or [])))
    docs = [i for i in items if not isinstance(i, ReadError)]
    errors = [i for i in items if isinstance(i, ReadError)]
    return docs, errors


def test_txt_date_prefix_sets_published_and_keeps_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-10 Laut Pentagon kamen 10.000 Soldaten.", encoding="utf-8")
    (doc,), _ = read_all(path)
    assert doc.published == "2024-10"
    assert doc.doc_id == "a"
    assert doc.text.startswith(" date 2024-10 ")
    assert doc.text[doc.body_start:].startswith("Laut Pentagon")


def test_txt_without_prefix_is_undated(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("# Titel\n\nEin Text ohne Datum.", encoding="utf-8")
    (doc,), _ = read_all(path)
    assert doc.published is None and doc.body_start == 0


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffÄrger in Köln.".encode())
    (doc,), _ = read_all(path)
    assert doc.text == "Ärger in Köln." and not doc.warnings


def test_latin1_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Größere Märkte in Österreich.".encode("latin-1"))
    (doc,), errors = read_all(path)
    assert not errors
    assert doc.text == "Größere Märkte in Österreich."
    assert "latin.txt" in doc.warnings[0] and "not UTF-8" in doc.warnings[0]


@pytest.mark.parametrize("name, data, code", [
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00", "E001"),
    ("empty.txt", b"", "E002"),
    ("blank.txt", b"  \n\n ", "E002"),
    ("image.png", b"\x89PNG", "E006"),
])
def test_bad_files_are_reported_by_name(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    docs, (error,) = read_all(path)
    assert not docs
    assert error.message.startswith(code) and name in error.message


def test_oversized_file_is_rejected_without_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(LagebildError, match="E020.*big.txt"):
        read_text(path, max_bytes=1000)


def test_jsonl_fields_mapping_and_malformed_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Erster Text.", "published": "2024-10-25", "title": "T", "url": "http://a"}),
        "{not json",
        json.dumps({"doc_id": "x2", "text": "Zweiter Text."}),
        json.dumps({"id": "x3", "body": "kein text-Feld"}),
        json.dumps({"id": "x4", "text": "Datum kaputt", "published": "gestern"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.doc_id for d in docs] == ["x1", "x2"]
    assert docs[0].published == "2024-10-25" and docs[0].title == "T" and docs[0].url == "http://a"
    assert [e.line for e in errors] == [2, 4, 5]
    assert errors[0].message.startswith("E004") and "feed.jsonl, line 2" in errors[0].message
    assert errors[1].message.startswith("E005") and errors[2].message.startswith("E023")


def test_jsonl_field_mapping(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"guid": "g", "body": "Ein Text.", "date": "2025-09"}), encoding="utf-8")
    (doc,), _ = read_all(path, fields=["text=body", "id=guid", "published=date"])
    assert (doc.doc_id, doc.text, doc.published) == ("g", "Ein Text.", "2025-09")


def test_bad_field_mapping_is_a_usage_error():
    with pytest.raises(LagebildError, match="E019"):
        parse_fields(["body"])


def test_csv_with_header(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text,published\n1,"Ein Text, mit Komma.",2024-01\n2,Zweiter.,\n', encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    assert [(d.doc_id, d.text, d.published) for d in docs] == [("1", "Ein Text, mit Komma.", "2024-01"),
                                                                ("2", "Zweiter.", None)]


def test_csv_in_10kgnad_layout(tmp_path):
    path = tmp_path / "gnad.csv"
    path.write_text("Wirtschaft;'Wien – Die Gewerkschaft sieht \"Bedarf\". Gut.'\nSport;'Rapid gewinnt.'\n",
                    encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    assert [d.text for d in docs] == ['Wien – Die Gewerkschaft sieht "Bedarf". Gut.', "Rapid gewinnt."]
    assert docs[0].meta == {"col0": "Wirtschaft"}
    assert docs[0].doc_id == "gnad-1"


def test_html_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["Die Regierung in Seoul hat am Montag neue Zahlen genannt."] * 8)
    path.write_text(f"""<html><head><title>Nordkorea schickt Truppen</title>
        <meta property="article:published_time" content="2024-10-25T10:00:00Z"></head>
        <body><nav>Startseite | Politik</nav><article><h1>Nordkorea schickt Truppen</h1>
        <p>{body}</p><p>Laut Pentagon sind es 10.000 Soldaten.</p></article>
        <footer>Impressum</footer></body></html>""", encoding="utf-8")
    (doc,), _ = read_all(path)
    assert "10.000 Soldaten" in doc.text and "Impressum" not in doc.text
    assert doc.title == "Nordkorea schickt Truppen"
    assert doc.published == "2024-10-25"


def test_folders_are_read_recursively_and_missing_paths_reported(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Eins.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Zwei.", encoding="utf-8")
    docs, errors = read_all(tmp_path / "a", tmp_path / "nope")
    assert sorted(d.doc_id for d in docs) == ["one", "two"]
    assert errors[0].message.startswith("E007") and "nope" in errors[0].message
