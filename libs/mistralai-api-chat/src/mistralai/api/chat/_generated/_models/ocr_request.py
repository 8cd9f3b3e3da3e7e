# generated from spec/mistral-openapi.yaml by tools/codegen; do not edit
"""Models of the mistralai-api-chat distribution used by the same operations (OCRRequest...)."""

from typing import Literal, TypeAlias

from mistralai.core.models import DocumentURLChunk, FileChunk, ImageURLChunk, ResponseFormat
from mistralai.core.runtime import BaseModel

__all__ = [
    "ConfidenceScoresGranularity",
    "OCRRequest",
    "TableFormat",
]

TableFormat: TypeAlias = Literal["markdown", "html"] | str

ConfidenceScoresGranularity: TypeAlias = Literal["word", "page", "block"] | str


class OCRRequest(BaseModel):
    __mistral_keep__ = frozenset({"include_blocks"})
    model: str | None
    document: FileChunk | DocumentURLChunk | ImageURLChunk
    """Document to run OCR on"""
    pages: str | list[int] | None = None
    """Specific pages to process. Accepts a list of integers or a string of comma-separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers start from 0."""
    include_image_base64: bool | None = None
    """Include image URLs in response"""
    image_limit: int | None = None
    """Max images to extract"""
    image_min_size: int | None = None
    """Minimum height and width of image to extract"""
    bbox_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from each extracted bounding box / image from document. Only json_schema is valid for this field"""
    document_annotation_format: ResponseFormat | None = None
    """Structured output class for extracting useful information from the entire document. Only json_schema is valid for this field"""
    document_annotation_prompt: str | None = None
    """Optional prompt to guide the model in extracting structured output from the entire document. A document_annotation_format must be provided."""
    table_format: TableFormat | None = None
    extract_header: bool = False
    """Extract the page header into the response's `header` field and remove it from the markdown content"""
    extract_footer: bool = False
    """Extract the page footer into the response's `footer` field and remove it from the markdown content"""
    include_blocks: bool = True
    """Return paragraph-level bounding boxes for all content blocks in the response"""
    confidence_scores_granularity: ConfidenceScoresGranularity | None = None
    """Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word scores), or 'block' (per-block scores). Defaults to None (no confidence scores) to keep response payload small."""
