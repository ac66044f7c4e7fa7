namespace PledgeBot.Conversations.DirectLine;

public static class DirectLineApplicationBuilderExtensions
{
    /// <summary>The middleware the local Direct Line and the page need: WebSockets for the stream, the token rate
    /// limit, and the page's static files (wwwroot).</summary>
    public static IApplicationBuilder UseDirectLine(this IApplicationBuilder app)
    {
        app.UseWebSockets();
        app.UseRateLimiter();
        app.UseStaticFiles();
        return app;
    }
}
