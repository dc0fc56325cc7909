/**
 * Interview analysis, local and explainable: repeated wordings across respondents and phrases of fear, doubt and
 * refusal from lexicon files, proposed as insights the analyst accepts or rejects with one undoable command.
 */
package org.cjmstudio.research.patterns;
