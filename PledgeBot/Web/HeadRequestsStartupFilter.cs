namespace PledgeBot.Web;

/// <summary>HEAD is answered wherever GET is (RFC 9110 9.3.2): <see cref="HeadRequests"/> runs first of all, before
/// routing picks an endpoint by method, so every GET endpoint and static file answers HEAD too. Link checkers,
/// uptime monitors and chat-app previewers ask HEAD first.</summary>
internal sealed class HeadRequestsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<HeadRequests>();
        next(app);
    };
}
