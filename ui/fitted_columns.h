#pragma once

class QTableView;

namespace es {

// Keeps a table's ResizeToContents columns as wide as their text. Qt measures them again
// when rows arrive through the vertical header's layout, which a table with no row numbers
// (its vertical header hidden, as in every table of the window) does not run: rows that
// arrive once the table is laid out stay cut short with "…" ("127.0…" in the broker table
// on first launch). This measures them after every change to the model's rows or data,
// once per turn of the event loop, while the table is shown. Call it once the table has
// its model; other columns keep their modes.
void keepColumnsFitted(QTableView *table);

} // namespace es
