namespace PledgeBot.Conversations.Messages;

/// <summary>Listens where Bot Framework tools look for a local bot unless the deployment says otherwise.</summary>
public static class MessagesWebApplicationBuilderExtensions
{
    /// <summary>The Emulator's and the Bot Framework templates' default messaging endpoint host.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder UseDefaultBotUrl(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Not "Urls" in appsettings.json: that file outranks ASPNETCORE_URLS and the container images' HTTP_PORTS.
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
