#pragma once

// The English of timeline events: the engine's logs, the headless mode and the message
// stored beside each event are all written here, from the event's form and arguments.

#include "catalog/event_record.h"

#include <string>

namespace es {

// One line in English, e.g. "broker 2 fenced: the broker was stopped". A missing argument
// reads as empty; EventForm::Unknown reads as "".
std::string englishSentence(const EventSentence &sentence);

} // namespace es
