#pragma once

#include <QLabel>

namespace es {

// A one-line label that, when squeezed, draws its plain text cut short with "…" instead of
// clipping it mid-character. text() stays the full text.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    using QLabel::QLabel;

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int kMinimumCharacters = 24;
};

} // namespace es
