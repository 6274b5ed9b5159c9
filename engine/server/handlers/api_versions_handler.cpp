// ApiVersions: the APIs and versions this server answers, straight from the registry.

#include "server/handlers/handlers.h"

namespace es::server {

void ApiVersionsHandler::handle(RequestContext, protocol::ApiVersionsRequest,
                                Respond<protocol::ApiVersionsResponse> respond)
{
    respond(protocol::makeApiVersionsResponse(ErrorCode::None, handledApis()));
}

} // namespace es::server
