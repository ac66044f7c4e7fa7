using System.Net.Http.Headers;

namespace PledgeBot.Tests.Fixtures;

public static class BearerClients
{
    /// <summary>The client with <c>Authorization: Bearer <paramref name="bearer"/></c> on every request (none when null).</summary>
    public static HttpClient WithBearer(this HttpClient client, string? bearer)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }
}
