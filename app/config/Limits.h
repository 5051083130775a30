// SPDX-License-Identifier: MIT
// Limits: the sizes a file from a stranger may make the program read, hold or write, in one small
// header, so a reader needing one constant does not include a reader's whole interface. Each is
// checked before the work it bounds, and named in the message of a refusal.
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace sb {

// The largest tensor a config may ask for: 2^28 elements, 1 GB of float32 (the machine this was
// written on has 24 GB; a few such tensors at once must still fit). Larger shapes are refused
// before anything is allocated, and validateConfig holds the output to the same limit.
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
inline constexpr std::int64_t kMaxConfigElements = std::int64_t{1} << 28;
#else
// tests/fuzz: libFuzzer's 2 GB memory limit and 10 s per input are below a legal 1 GB fill, so
// the fuzzer checks the same size checks against a 4 MB limit (the macro is libFuzzer's convention).
inline constexpr std::int64_t kMaxConfigElements = std::int64_t{1} << 20;
#endif

// The largest config file read: 64 MB of JSON holds a few million numbers in nested lists, more
// than anyone types; larger tensors belong in fill objects or .npy files. Reading JSON costs a
// multiple of its size in memory, so the limit also bounds what a hostile file can make us hold.
// Lesson files are held to the same.
inline constexpr qint64 kMaxConfigBytes = qint64{64} << 20;

// The largest model file, and the most bytes its zip entries may unpack to: 1 GiB.
inline constexpr qint64 kMaxModelBytes = qint64{1} << 30;
// The most elements the tensors of one model file may hold together, in every format (each one
// at most kMaxConfigElements, the largest tensor a config may hold): 2^29 floats, 2 GiB, or 2^21
// in a fuzzing build.
inline constexpr std::int64_t kMaxModelElements = std::int64_t{2} * kMaxConfigElements;
// What reading one model file may make in memory besides the file's own bytes: its zip entries,
// the unpickler's values, containers, strings and memo, and the float32 tensors, all counted as
// they are made (ModelBudget). A real file needs at most about three times its size (a float16
// tensor doubles as float32, an entry is unpacked once); a small file may hold small tensors
// behind a large pickle, hence the floor. A view repeating one stored number 2^28 times, or a
// pickle that copies one huge shape into every entry, is refused at this line.
inline constexpr qint64 kModelBudgetPerFileByte = 8;
inline constexpr qint64 kModelBudgetFloor = qint64{64} << 20;

// What one lesson export may draw, checked on every slide's picture before the first is drawn:
// a deck's frames (every GIF frame and PNG of its slides) and their pixels, which set both the
// time (about 70 million pixels a second here) and the bytes written (a frame's file holds at
// most a few bytes a pixel). 2^35 pixels is about eight minutes, some 160 animated slides of seed
// 004's scatter; a thousand would take about an hour. A handout draws each picture once, as
// vectors: its budget is in cells, as a vector export's is (40×40 world units each).
inline constexpr qint64 kMaxLessonFrames = 50000;
inline constexpr qint64 kMaxLessonPixels = qint64{1} << 35;
inline constexpr double kMaxHandoutCells = 10'000'000;

// The largest Python script the program writes (`export --out x.py`, `convert`): the text is
// sized before it is built, so a 2^28-element weight (about 3 GB of literals) is refused at once.
inline constexpr qint64 kMaxPythonScriptBytes = qint64{64} << 20;

}  // namespace sb
