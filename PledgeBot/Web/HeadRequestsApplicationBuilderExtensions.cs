namespace PledgeBot.Web;

public static class HeadRequestsApplicationBuilderExtensions
{
    /// <summary>HEAD is answered wherever GET is (RFC 9110 9.3.2): the request runs as a GET, with the same status and
    /// headers and its body discarded. Link checkers, uptime monitors and chat-app previewers ask HEAD first.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.UseMiddleware<HeadRequests>();
}
