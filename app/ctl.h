#pragma once

#include <string>
#include <vector>

namespace es {

// `eventscope ctl ...`: drives a running cluster through its control API and prints the
// answer (ctl_command.h lists the commands). `arguments` are those after "ctl". Returns the
// exit status: 0 done, 1 the API refused the request, 2 a bad command line, 3 no control
// API answers. Runs before any Qt application object exists and starts none.
int runCtl(const std::vector<std::string> &arguments);

} // namespace es
