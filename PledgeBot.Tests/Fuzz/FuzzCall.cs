using System.Net.Http.Headers;

namespace PledgeBot.Tests.Fuzz;

/// <summary>One generated request, kept as data so a failing sample can be printed and sent again while shrinking.</summary>
internal sealed record FuzzCall(string Method, string Path, byte[]? Body = null, string MediaType = "application/json")
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        return request;
    }

    public override string ToString() => Body is null ? $"{Method} {Path}" : $"{Method} {Path} {JsonMutations.Print(Body)}";
}
