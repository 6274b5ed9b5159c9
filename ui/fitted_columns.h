#pragma once

class QTableView;

namespace es {

// Keeps a table's ResizeToContents columns as wide as the text in view. Qt measures them
// again when rows arrive through the vertical header's layout, which a table with no row
// numbers (its vertical header hidden, as in every table of the window) does not run: rows
// that arrive once the table is laid out stay cut short with "…" ("127.0…" in the broker
// table on first launch). This measures the rows in view after each change to the model's
// rows or data and after each scroll, once per turn of the event loop, while the table is
// shown: a column grows to fit, and fits exactly again when the model is reset or
// reordered, and when the table is shown. Measuring only the rows in view (Qt's own
// measuring too) keeps a table of thousands of rows that changes ten times a second cheap.
// The columns are left for the user to size as well: one the user has sized keeps its width
// (user_column_widths.h) until a double-click on its divider fits it again. Call it once
// the table has its model and its columns their resize modes; it takes over the
// ResizeToContents ones, other columns keep their modes.
void keepColumnsFitted(QTableView *table);

} // namespace es
