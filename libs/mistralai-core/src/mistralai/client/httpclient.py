"""2.x ``mistralai.client.httpclient``: the HTTP client types the SDK accepts (httpx's)."""

from mistralai.core._http import AsyncClient as AsyncHttpClient
from mistralai.core._http import Client as HttpClient

__all__ = ["AsyncHttpClient", "HttpClient"]
