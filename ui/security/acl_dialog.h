#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <QStringList>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace es {

// Adds ACLs: a principal (the known users and User:*, or any typed), a host, a resource
// (type, literal or prefixed pattern, name), one or more operations (one binding each) and
// allow or deny. Below the form, a live preview: the requests the cluster decided lately,
// decided again with the new ACLs, and those whose answer would change. OK emits
// submitted(); the view creates bindings() and calls finish() with the cluster's answer.
// GUI thread only.
class AclDialog : public SubmitDialog {
    Q_OBJECT

public:
    // What the form offers and previews against, as the view last read it.
    struct Context {
        QStringList principals; // "User:alice"
        std::vector<security::AclBinding> acls;
        security::AclIndex::Options options;
        std::vector<security::RecentAuthorization> requests;
        bool previewable = false; // the connection tells its recent requests
    };

    // The form starts as `prefill` says (its one operation checked).
    AclDialog(Context context, const security::AclBinding &prefill, QWidget *parent);

    [[nodiscard]] std::vector<security::AclBinding> bindings() const;

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    void onInput();
    void updatePreview();

    Context m_context;
    QComboBox *m_principal = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_resourceType = nullptr;
    QComboBox *m_patternType = nullptr;
    QLineEdit *m_name = nullptr;
    QListWidget *m_operations = nullptr;
    QComboBox *m_permission = nullptr;
    QLabel *m_previewSummary = nullptr;
    QListWidget *m_preview = nullptr;
};

} // namespace es
