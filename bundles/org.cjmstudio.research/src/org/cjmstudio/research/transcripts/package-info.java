/**
 * Transcript import: interview transcripts from plain text files (one per interview) and from a CSV of respondent,
 * group, date and text, read and checked completely before one undoable command adds them to a research study.
 */
package org.cjmstudio.research.transcripts;
