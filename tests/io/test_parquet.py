from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq

from lagebild.io.parquet import parquet_docs
from lagebild.io.readers import DEFAULT_FIELDS, ReadError
from lagebild.model import Doc


def test_parquet_rows_become_documents_through_the_field_mapping(tmp_path):
    path = tmp_path / "news.parquet"
    table = pa.table({"guid": ["a1", "a2", "a3"], "body": ["Erster Text.", "", "Dritter Text."],
                      "published": [dt.date(2024, 10, 3), None, dt.date(2024, 11, 1)], "section": ["x", "y", "z"]})
    pq.write_table(table, path, row_group_size=2)
    items = list(parquet_docs(path, {**DEFAULT_FIELDS, "id": "guid", "text": "body"}, batch_rows=1))
    assert [type(i) for i in items] == [Doc, ReadError, Doc]
    first, error, third = items
    assert (first.doc_id, first.published, first.meta) == ("a1", "2024-10-03", {"section": "x"})
    assert error.line == 2 and error.message.startswith("E005")
    assert third.path.endswith("news.parquet:3")


def test_a_broken_parquet_file_is_one_error_naming_it(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    (error,) = list(parquet_docs(path))
    assert isinstance(error, ReadError) and error.message.startswith("E142") and "broken.parquet" in error.message
