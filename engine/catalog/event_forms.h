#pragma once

// The sentence forms of timeline events: the name each is stored under and the arguments
// each takes. Both the engine's English (event_sentence.h) and the GUI's translations
// render exactly these arguments.

#include "catalog/event_record.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// The stored name of `form` ("BrokerStarted"); "" for EventForm::Unknown.
std::string_view eventFormName(EventForm form);
// The form stored as `name`; nullopt for a name this build does not know.
std::optional<EventForm> eventFormFromName(std::string_view name);

// The names of the arguments `form` takes, in order; empty for EventForm::Unknown.
std::span<const std::string_view> eventFormArguments(EventForm form);

// Every form but Unknown, in declaration order.
std::span<const EventForm> allEventForms();

// The value of the argument `name` of `sentence`; "" when it has none.
std::string_view eventArg(const EventSentence &sentence, std::string_view name);

// True when the form is known and every argument it takes is given, so it can be said.
bool isComplete(const EventSentence &sentence);

// A list of broker ids as arguments hold it (an ISR): "1,2,3", "" when empty.
std::string eventIdList(const std::vector<std::int32_t> &ids);

} // namespace es
