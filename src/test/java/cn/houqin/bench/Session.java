package cn.houqin.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client of the running application: a signed-in browser session for pages (its own
 * cookies) or a personal API token for the JSON API.
 */
final class Session {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private final String token;

	private Session(String base, String token) {
		this.base = base;
		this.token = token;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	static Session api(String base, String token) {
		return new Session(base, token);
	}

	/** Signs in through the login form, as a browser does. */
	static Session browser(String base, String username, String password) throws IOException, InterruptedException {
		Session session = new Session(base, null);
		HttpResponse<String> form = session.get("/login");
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> signedIn = session.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("password")) {
			throw new IllegalStateException(
					"Sign-in of " + username + " failed: " + signedIn.statusCode() + " " + location);
		}
		return session;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "zh-CN");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token).header("Accept", "application/json");
		}
		return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
