namespace PledgeBot.Safety;

/// <summary>The rule every remote safety service's endpoint follows: absolute https, or http on this machine (the fakes
/// in tests), so a key or a child's words never cross the network in clear text.</summary>
internal static class ServiceEndpoint
{
    public static bool IsAcceptable(Uri endpoint) =>
        endpoint.IsAbsoluteUri
        && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback));
}
