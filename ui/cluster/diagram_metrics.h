#pragma once

// The diagram's fixed measures, in device-independent pixels, shared by its layout and
// its painting.
namespace es::diagram {

inline constexpr int kMargin = 12;
inline constexpr int kLabelWidth = 230; // the partition labels on the left
inline constexpr int kMinColumnWidth = 86;
inline constexpr int kMaxColumnWidth = 160;

inline constexpr int kBoxTop = 12; // the clients and controller boxes
inline constexpr int kBoxHeight = 30;
inline constexpr int kBoxWidth = 120;
inline constexpr int kNodeCenterY = 112; // the broker nodes
inline constexpr int kNodeRadius = 21;
inline constexpr int kStateTextTop = 136;  // a broker's state under its node
inline constexpr int kArcBandBottom = 196; // broker-to-broker fault arcs end above this
inline constexpr int kLegendTop = 200;
inline constexpr int kLegendHeight = 24;   // one row of the legend; it wraps into as many as needed
inline constexpr int kLegendBottomGap = 8; // between the legend's last row and the partition rows

inline constexpr int kTopicRowHeight = 26;
inline constexpr int kPartitionRowHeight = 22;
inline constexpr int kGlyphWidth = 44;
inline constexpr int kGlyphHeight = 15;

inline constexpr qint64 kChangeHighlightMs = 2000;

} // namespace es::diagram
