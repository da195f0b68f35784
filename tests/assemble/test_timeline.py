"""timeline.png: a lane per agency in the key's colours, gaps shaded, events labelled."""

import io

import numpy as np
from matplotlib import image

from pipeline.assemble import timeline
from pipeline.assemble._colours import agency_colours
from tests.builders.chronology_rows import chronology, day, month, run_for
from tests.builders.runs import merge_stage, write_outputs

POLICE, CSC, GP = "Thames Valley Police", "Children's Social Care", "General Practice"


def pixels(png: bytes) -> np.ndarray:
    return (image.imread(io.BytesIO(png))[:, :, :3] * 255).round().astype(int)


def has_colour(picture: np.ndarray, colour: str) -> bool:
    wanted = np.array([int(colour[i:i + 2], 16) for i in (0, 2, 4)])
    return bool((np.abs(picture - wanted).sum(axis=2) <= 6).any())


def sample(tmp_path):
    police = chronology(POLICE, [(day(2014, 4, 3), "Strategy meeting, s47 agreed with CSC")])
    csc = chronology(CSC, [(day(2014, 4, 3), "Strategy meeting held, s47 with police"),
                           (month(2015, 7), "Visits")])
    run = run_for(tmp_path, [police, csc])
    merge_stage(run)
    return run


def test_png_with_agency_colours_and_shaded_gaps(tmp_path):
    run = sample(tmp_path)
    png = timeline.build(run)
    assert png.startswith(b"\x89PNG")
    picture = pixels(png)
    colours = agency_colours(run)
    assert has_colour(picture, colours[POLICE]) and has_colour(picture, colours[CSC])
    assert not has_colour(picture, colours[GP])           # no return: no lane
    assert has_colour(picture, "EEEEEE")                  # the gaps' shading
    assert timeline.lanes(run) == [POLICE, CSC]


def test_written_to_the_outputs(tmp_path):
    run = sample(tmp_path)
    write_outputs(run, timeline.NAME)
    assert (run.outputs_dir / "timeline.png").read_bytes().startswith(b"\x89PNG")
    assert "timeline.png" in run.outputs
